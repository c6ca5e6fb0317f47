export default definePageConfig({ navigationBarTitleText: '扫码登录电脑', enablePageMeta: true });
