export default definePageConfig({ navigationBarTitleText: '学习课程', enablePageMeta: true });
