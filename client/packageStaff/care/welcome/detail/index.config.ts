export default definePageConfig({ navigationBarTitleText: '荣退“九个一”', enablePageMeta: true, enableShareAppMessage: true });
