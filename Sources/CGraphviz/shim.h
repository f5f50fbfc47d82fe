#ifndef SAMVERKAN_CGRAPHVIZ_SHIM_H
#define SAMVERKAN_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>

#include <stdlib.h>
#include <string.h>

/* Object ids for graphs we build. cgraph's default discipline uses the address of each interned
   name as its id, and keeps subgraphs ordered by id, so the same graph could be laid out
   differently from one render to the next in one process. Here names live in cgraph's internal
   name map and ids count up per graph: the order is the order of creation, every time. */

static inline void *samverkan_ids_open(Agraph_t *g, Agdisc_t *disc) {
  (void)g; (void)disc;
  IDTYPE *next = malloc(sizeof *next);
  if (next) *next = 1;
  return next;
}

static inline long samverkan_ids_map(void *state, int objtype, char *name, IDTYPE *id, int create) {
  (void)objtype; (void)create;
  IDTYPE *next = state;
  if (name || !next) return 0; /* names are mapped by cgraph's internal map */
  *id = *next;
  *next += 2;
  return 1;
}

static inline long samverkan_ids_alloc(void *state, int objtype, IDTYPE id) {
  (void)state; (void)objtype; (void)id;
  return 0;
}

static inline void samverkan_ids_free(void *state, int objtype, IDTYPE id) {
  (void)state; (void)objtype; (void)id;
}

static inline char *samverkan_ids_print(void *state, int objtype, IDTYPE id) {
  (void)state; (void)objtype; (void)id;
  return NULL;
}

static inline void samverkan_ids_close(void *state) { free(state); }

static inline void samverkan_ids_register(void *state, int objtype, void *obj) {
  (void)state; (void)objtype; (void)obj;
}

/// Opens a directed graph whose layout depends only on what was added to it, in which order.
/// (`Agdirected` itself is a mutable global that Swift 6 cannot read safely.)
static inline Agraph_t *samverkan_open_directed(char *name) {
  static Agiddisc_t ids = {
    samverkan_ids_open, samverkan_ids_map, samverkan_ids_alloc, samverkan_ids_free,
    samverkan_ids_print, samverkan_ids_close, samverkan_ids_register,
  };
  static Agdisc_t discipline = {&AgMemDisc, &ids, &AgIoDisc};
  return agopen(name, Agdirected, &discipline);
}

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

/// The bounding box of a laid-out graph, in points (y up).
static inline boxf samverkan_bounding_box(Agraph_t *g) { return GD_bb(g); }

/// The box of a laid-out node (centre and size in points, y up); 0 when there is no such node.
static inline int samverkan_node_box(Agraph_t *g, char *name, boxf *box) {
  Agnode_t *n = agnode(g, name, 0);
  if (!n) return 0;
  double w = ND_width(n) * 72, h = ND_height(n) * 72;
  box->LL.x = ND_coord(n).x - w / 2; box->LL.y = ND_coord(n).y - h / 2;
  box->UR.x = ND_coord(n).x + w / 2; box->UR.y = ND_coord(n).y + h / 2;
  return 1;
}

/// The box of a laid-out subgraph (a cluster) by name (y up); 0 when there is no such subgraph.
static inline int samverkan_subgraph_box(Agraph_t *g, char *name, boxf *box) {
  Agraph_t *sub = agsubg(g, name, 0);
  if (!sub) return 0;
  *box = GD_bb(sub);
  return 1;
}

/// The box of a laid-out graph's own label (y up); 0 when it has none.
static inline int samverkan_graph_label_box(Agraph_t *g, boxf *box) {
  textlabel_t *label = GD_label(g);
  if (!label || !label->set) return 0;
  box->LL.x = label->pos.x - label->dimen.x / 2; box->LL.y = label->pos.y - label->dimen.y / 2;
  box->UR.x = label->pos.x + label->dimen.x / 2; box->UR.y = label->pos.y + label->dimen.y / 2;
  return 1;
}

/// Whether two boxes (y up) share any area.
static inline int samverkan_boxes_meet(boxf a, boxf b) {
  return a.LL.x < b.UR.x && b.LL.x < a.UR.x && a.LL.y < b.UR.y && b.LL.y < a.UR.y;
}

/// Whether an object is drawn at all: its style is not `invis`.
static inline int samverkan_visible(void *object) {
  char *style = agget(object, "style");
  return !(style && strstr(style, "invis"));
}

/// Whether a laid-out graph draws anything in `area` (y up): a visible node, a visible edge's
/// curve (by the box around its control points) or label, or the graph's own label.
static inline int samverkan_draws_in(Agraph_t *g, boxf area) {
  boxf box;
  if (samverkan_graph_label_box(g, &box) && samverkan_boxes_meet(box, area)) return 1;
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
    double w = ND_width(n) * 72, h = ND_height(n) * 72;
    box.LL.x = ND_coord(n).x - w / 2; box.LL.y = ND_coord(n).y - h / 2;
    box.UR.x = ND_coord(n).x + w / 2; box.UR.y = ND_coord(n).y + h / 2;
    if (samverkan_visible(n) && samverkan_boxes_meet(box, area)) return 1;
    for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
      if (!samverkan_visible(e)) continue;
      textlabel_t *labels[] = {ED_label(e), ED_xlabel(e)};
      for (int i = 0; i < 2; i++) {
        textlabel_t *l = labels[i];
        if (!l || !l->set) continue;
        box.LL.x = l->pos.x - l->dimen.x / 2; box.LL.y = l->pos.y - l->dimen.y / 2;
        box.UR.x = l->pos.x + l->dimen.x / 2; box.UR.y = l->pos.y + l->dimen.y / 2;
        if (samverkan_boxes_meet(box, area)) return 1;
      }
      splines *spl = ED_spl(e);
      if (!spl) continue;
      for (int i = 0; i < spl->size; i++) {
        bezier bz = spl->list[i];
        if (bz.size == 0) continue;
        box.LL = box.UR = bz.list[0];
        for (int k = 1; k < bz.size; k++) {
          if (bz.list[k].x < box.LL.x) box.LL.x = bz.list[k].x;
          if (bz.list[k].y < box.LL.y) box.LL.y = bz.list[k].y;
          if (bz.list[k].x > box.UR.x) box.UR.x = bz.list[k].x;
          if (bz.list[k].y > box.UR.y) box.UR.y = bz.list[k].y;
        }
        if (samverkan_boxes_meet(box, area)) return 1;
      }
    }
  }
  return 0;
}

#endif
