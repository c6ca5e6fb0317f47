export default definePageConfig({ navigationBarTitleText: '课程审核', enablePageMeta: true });
