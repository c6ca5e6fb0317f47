import type { BranchView } from '@contract/member-model';
import { callApi } from '../../api/call-api';
import { usePaged } from '../../api/use-paged';

/** 管理员 (packageAdmin): the branches, twenty a page. Members are found with features/members. */
export const useBranchList = () => usePaged<BranchView>((page) => callApi('branches.list', { page, pageSize: 20 }), 'all');
