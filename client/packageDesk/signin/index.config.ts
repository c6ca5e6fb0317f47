export default definePageConfig({ navigationBarTitleText: '银铃e家 电脑办公登录' });
