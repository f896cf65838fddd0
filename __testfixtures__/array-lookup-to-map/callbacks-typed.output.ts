export interface Shipment {
  id: string;
  carrier: string;
}

export interface Scan {
  shipmentId: string;
  at: number;
}

// flatMap / every / some callbacks as the loop; findIndex, filter, filter(...).length and indexOf in TypeScript.
// @perfmod-check scansPerShipment(g.array(g.record({ id: g.str(), carrier: g.str() })), g.array(g.record({ shipmentId: g.str(), at: g.int() })))
export function scansPerShipment(shipments: Shipment[], scans: Scan[]) {
  const scansByShipmentId = new Map<(typeof scans)[number]['shipmentId'], (typeof scans)[number][]>();
  scans.forEach((scan) => {
    const group = scansByShipmentId.get(scan.shipmentId);
    if (group) group.push(scan);
    else scansByShipmentId.set(scan.shipmentId, [scan]);
  });
  return shipments.flatMap((s) => scansByShipmentId.get(s.id)?.slice() ?? []);
}

// @perfmod-check allScanned(g.array(g.record({ id: g.str(), carrier: g.str() })), g.array(g.record({ shipmentId: g.str(), at: g.int() })))
export function allScanned(shipments: readonly Shipment[], scans: readonly Scan[]): boolean {
  const scanCountByShipmentId = new Map<(typeof scans)[number]['shipmentId'], number>();
  scans.forEach((scan) => scanCountByShipmentId.set(scan.shipmentId, (scanCountByShipmentId.get(scan.shipmentId) ?? 0) + 1));
  return shipments.every((s) => (scanCountByShipmentId.get(s.id) ?? 0) > 0);
}

// @perfmod-check firstScanAt(g.array(g.str()), g.array(g.record({ shipmentId: g.str(), at: g.int() })))
export function firstScanAt(ids: string[], scans: Array<Scan>): number[] {
  const scanIndexByShipmentId = new Map<(typeof scans)[number]['shipmentId'], number>();
  for (const [i, scan] of scans.entries()) if (!scanIndexByShipmentId.has(scan.shipmentId)) scanIndexByShipmentId.set(scan.shipmentId, i);
  return ids.map((id) => scanIndexByShipmentId.get(id) ?? -1);
}

// @perfmod-check carrierRank(g.array(g.record({ id: g.str(), carrier: g.str() })), g.array(g.str()))
export function carrierRank(shipments: Shipment[], carriers: string[]): boolean {
  const carrierPosition = new Map<string, number>();
  carriers.forEach((x, i) => {
    if (!carrierPosition.has(x)) carrierPosition.set(x, i);
  });
  return shipments.some((s) => (carrierPosition.get(s.carrier) ?? -1) === 0);
}
