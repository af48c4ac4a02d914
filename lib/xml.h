#ifndef GSB_XML_H
#define GSB_XML_H
#endif
