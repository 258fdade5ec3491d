// A line that starts a list item (`* `, `- `, `• `, `1. `, `a) `) is its own paragraph even inside hard-wrapped
// text: wire stories list claims as bullets (cases/zhao-20210720-therecord/a.txt), one statement per item.
const LIST_ITEM = /(?:[*•·◦▪‣–—-]|\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)])[ \t]/y;

/** Whether a list-item marker starts exactly at `start`. */
export function startsListItem(text: string, start: number): boolean {
  LIST_ITEM.lastIndex = start;
  return LIST_ITEM.test(text);
}
