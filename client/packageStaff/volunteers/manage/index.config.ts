export default definePageConfig({ navigationBarTitleText: '队长和工作人员', enablePageMeta: true });
