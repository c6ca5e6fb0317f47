export default definePageConfig({ navigationBarTitleText: '课程', enablePageMeta: true });
