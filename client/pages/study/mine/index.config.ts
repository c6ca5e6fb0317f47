export default definePageConfig({ navigationBarTitleText: '我的学习', enablePageMeta: true });
