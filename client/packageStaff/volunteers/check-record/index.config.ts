export default definePageConfig({ navigationBarTitleText: '核对志愿服务证明', enablePageMeta: true });
