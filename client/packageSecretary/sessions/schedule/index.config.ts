export default definePageConfig({ navigationBarTitleText: '安排小讲堂', enablePageMeta: true });
