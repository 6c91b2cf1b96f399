import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {
    // Modules used only by subpackages go to sub-vendors, keeping the 2 MB main package small.
    optimizeMainPackage: { enable: true },
  },
  h5: {},
} satisfies UserConfigExport<'webpack5'>
