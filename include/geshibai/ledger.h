#ifndef GESHIBAI_LEDGER_H
#define GESHIBAI_LEDGER_H
/* placeholder */
#endif
