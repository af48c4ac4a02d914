#ifndef GSB_REPORT_H
#define GSB_REPORT_H
#endif
