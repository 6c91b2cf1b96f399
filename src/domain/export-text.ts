/** Plain data gathered from the stores for 导出我的数据. */
export interface ExportData {
  today: string
  profile: { region: string; scheme: string; status: string; ageBand: string }
  members: { nickname: string; relation: string; region: string; scheme: string }[]
  estimates: { savedAt: string; title: string; total: string; personal: string }[]
  reminders: { label: string; date: string }[]
  guides: { title: string; done: number; total: number }[]
}

/**
 * All of the user's data on this device as readable Chinese text (to copy and keep or send).
 * @param d data already turned into display strings
 * @returns multi-line text
 */
export function formatExport(d: ExportData): string {
  const section = (title: string, lines: string[]) => [`【${title}】`, ...(lines.length ? lines : ['（无）']), '']
  return [
    `医保小帮手 · 本机数据导出（${d.today}）`,
    '',
    ...section('个人资料', [`参保地：${d.profile.region}`, `险种：${d.profile.scheme}`, `在职/退休：${d.profile.status}`, `年龄段：${d.profile.ageBand}`]),
    ...section('家人', d.members.map((m) => `${m.nickname}（${m.relation}）· ${m.region} · ${m.scheme}`)),
    ...section('测算记录', d.estimates.map((e) => `${e.savedAt} ${e.title}：总费用 ${e.total}，个人支付 ${e.personal}`)),
    ...section('提醒', d.reminders.map((r) => `${r.date} ${r.label}`)),
    ...section('办事进度', d.guides.map((g) => `${g.title}：已完成 ${g.done}/${g.total} 步`)),
    '以上内容只保存在这台手机上，不含身份证号、手机号。',
  ].join('\n')
}
