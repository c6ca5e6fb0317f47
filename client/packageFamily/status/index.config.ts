export default definePageConfig({ navigationBarTitleText: '老人的金点子和求助' });
