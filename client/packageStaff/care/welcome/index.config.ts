export default definePageConfig({ navigationBarTitleText: '荣退', enablePageMeta: true });
