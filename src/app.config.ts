export default defineAppConfig({
  pages: ['pages/home/index', 'pages/guides/index', 'pages/estimate/index', 'pages/me/index'],
  subPackages: [
    { root: 'package-guide', pages: ['pages/detail/index', 'pages/wizard/index'] },
    { root: 'package-family', pages: ['pages/index/index', 'pages/checker/index', 'pages/members/index'] },
    { root: 'package-estimate', pages: ['pages/result/index', 'pages/custom/index', 'pages/history/index'] },
    { root: 'package-policy', pages: ['pages/index/index', 'pages/region/index'] },
    { root: 'package-rules', pages: ['pages/national/index', 'pages/about/index'] },
  ],
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['package-guide'] },
    'pages/guides/index': { network: 'all', packages: ['package-guide'] },
    'pages/estimate/index': { network: 'all', packages: ['package-estimate'] },
    'pages/me/index': { network: 'all', packages: ['package-family', 'package-policy', 'package-rules'] },
  },
  lazyCodeLoading: 'requiredComponents',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '医保小帮手',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
  },
  tabBar: {
    color: '#5c6670',
    selectedColor: '#14705a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/guides/index', text: '指南', iconPath: 'assets/tabbar/guides.png', selectedIconPath: 'assets/tabbar/guides-active.png' },
      { pagePath: 'pages/estimate/index', text: '测算', iconPath: 'assets/tabbar/estimate.png', selectedIconPath: 'assets/tabbar/estimate-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png' },
    ],
  },
})
