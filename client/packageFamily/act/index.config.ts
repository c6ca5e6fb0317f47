export default definePageConfig({ navigationBarTitleText: '替老人办事' });
