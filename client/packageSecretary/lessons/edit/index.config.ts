export default definePageConfig({ navigationBarTitleText: '写课程', enablePageMeta: true });
