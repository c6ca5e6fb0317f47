// WeChat loads the custom tab bar as a component.
export default { component: true };
