#ifndef ACTORGRAPH_CGRAPHVIZ_SHIM_H
#define ACTORGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Mutable C globals cannot be read from Swift 6 under strict concurrency;
// these getters hand out their values instead.
static inline Agdesc_t cgraphviz_directed(void) { return Agdirected; }
static inline Agdesc_t cgraphviz_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t cgraphviz_undirected(void) { return Agundirected; }

#endif
