export default definePageConfig({ navigationBarTitleText: '院坝小讲堂', enablePageMeta: true });
