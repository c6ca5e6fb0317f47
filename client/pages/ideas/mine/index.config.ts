export default definePageConfig({ navigationBarTitleText: '我的金点子', enablePageMeta: true });
