#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

// The extensions' node types are exported by the library but declared only in its private headers.
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL, CMARK_NODE_STRIKETHROUGH;
