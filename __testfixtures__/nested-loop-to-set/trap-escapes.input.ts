type Hook = (list: string[]) => void;

export function visible(items: string[], hidden: string[], onCheck: Hook): string[] {
  return items.filter((item) => {
    onCheck(hidden);
    return !hidden.includes(item);
  });
}
