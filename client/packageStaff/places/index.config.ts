export default definePageConfig({ navigationBarTitleText: '常用地点', enablePageMeta: true });
