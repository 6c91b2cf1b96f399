export default definePageConfig({
  navigationBarTitleText: '自定义参数',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
