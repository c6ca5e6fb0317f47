import { Component } from 'react';
import type { TabKey } from '../features/navigation/routes';
import { TabBar } from '../ui/tab-bar/TabBar';

interface State {
  selected?: TabKey;
}

/**
 * weapp custom tab bar (app.config tabBar.custom). A class component so pages can reach
 * `setSelected` through Taro.getTabBar(page) (ui/tab-bar/use-tab-selected.weapp.ts).
 */
export default class CustomTabBar extends Component<object, State> {
  override state: State = {};

  setSelected(selected: TabKey) {
    if (selected !== this.state.selected) this.setState({ selected });
  }

  override render() {
    return <TabBar current={this.state.selected} />;
  }
}
