export default definePageConfig({ navigationBarTitleText: '小讲堂详情', enablePageMeta: true });
