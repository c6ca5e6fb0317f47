/** Style sheets imported by client components mean nothing to a jest test: each maps to this empty module. */
export default {};
