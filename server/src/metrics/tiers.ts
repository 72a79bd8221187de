// How many supply tiers the stored dependants cover (dependants[t - 1] for t = 1..maxTier). Each
// further tier multiplies the work of the breadth-first counts: at 200,000 firms three tiers reach
// about a hundred firms each, six reach thousands, which no longer fits the job's time.
export const maxTier = 3;
