// A tab-indented file: the new statements are indented with tabs like their neighbours.
// @perfmod-check load(g.service(["getTemplateDirectoryData", "getGlobalData"]), g.bool())
export async function load(templateData, full) {
	let localData;
	let globalData;
	if (full) {
		localData = await templateData.getTemplateDirectoryData("src/some/long/input/path.njk");
		globalData = await templateData.getGlobalData();
	}
	return [localData, globalData];
}
