#ifndef SAMVERKAN_CLIBXML2_SHIM_H
#define SAMVERKAN_CLIBXML2_SHIM_H

/* libxml2 is built with ICU, so its encoding.h includes the system's ICU headers, which clash
   with Foundation's own copy of ICU in one Swift module graph. Nothing here uses libxml2's
   ICU converters (they only add fields to a structure read through pointers), so the headers
   are read as if without ICU. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/xmlreader.h>
#include <libxml/tree.h>

/// Frees what libxml2 allocated; `xmlFree` is a mutable global that Swift 6 cannot call safely.
static inline void samverkan_xml_free(void *memory) { xmlFree(memory); }

#endif
