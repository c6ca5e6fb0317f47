export default definePageConfig({ navigationBarTitleText: '新建服务队', enablePageMeta: true });
