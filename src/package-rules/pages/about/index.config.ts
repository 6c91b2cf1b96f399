export default definePageConfig({
  navigationBarTitleText: '数据说明',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
