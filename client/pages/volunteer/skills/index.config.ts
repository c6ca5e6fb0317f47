export default definePageConfig({ navigationBarTitleText: '我的特长', enablePageMeta: true });
