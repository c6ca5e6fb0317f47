export default definePageConfig({ navigationBarTitleText: '修改或取消活动', enablePageMeta: true });
