#ifndef SAMVERKAN_CGRAPHVIZ_SHIM_H
#define SAMVERKAN_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// `Agdirected` is a mutable global in libcgraph; Swift 6 cannot read it safely, so return a copy.
static inline Agdesc_t samverkan_directed(void) { return Agdirected; }

/// The head node of an edge; `aghead` is a macro Swift cannot call.
static inline Agnode_t *samverkan_head(Agedge_t *e) { return aghead(e); }

/// Number of edges of a laid-out graph that got no spline: edges Graphviz lost during layout.
static inline int samverkan_edges_without_spline(Agraph_t *g) {
  int lost = 0;
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
    for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
      if (ED_spl(e) == NULL) lost++;
  return lost;
}

#endif
