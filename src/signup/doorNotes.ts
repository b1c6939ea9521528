/** What the door's check-in page says after a button (`?note=` on the redirect from /staff/actions). */
export const doorNotes: Record<string, string> = {
  done: '已完成。',
  checkedOut: '已签退。',
  notCheckedIn: '这位还没有签到，不能签退：请先点“到了”。',
}
