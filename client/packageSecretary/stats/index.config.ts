export default definePageConfig({ navigationBarTitleText: '学习人次', enablePageMeta: true });
