/*
 * Rust types as rustc, rustc-demangle and rustc's Debug output print them.
 *
 * One grammar reads plain types (`Vec<Option<&'a str>>`), demangled symbols
 * (`<Foo<T> as Bar>::baz::{closure#0}::h0123456789abcdef`) and the Debug shapes rustc
 * wraps around types in self-profile arguments and obligations
 * (`Binder { value: TraitPredicate(<A as B>, polarity:Positive), bound_vars: [] }`).
 *
 * The content of every bracket pair is its own rule (angleContent, parenContent,
 * bracketContent, braceContent) with a PLACEHOLDER alternative: BracketFolder parses very
 * deep or very large inputs bottom-up, one bracket group at a time, and hands an already
 * parsed group to its parent as a PLACEHOLDER token. So no single parse nests deeper than a
 * few dozen brackets, whatever the input.
 *
 * The grammar is permissive on purpose: anything between commas is an `item`, a sequence of
 * terms and operators, so a new rustc wrapper or a pasted fragment still parses.
 */
grammar RustType;

// Parse-tree nodes with child lists sized for this grammar (see CompactRuleContext).
options { contextSuperClass = dev.typeheat.types.CompactRuleContext; }

// ----------------------------------------------------------------------------- parser

input   : items? EOF ;

// Entry points for one bracket group's content (see BracketFolder).
angleChunk   : angleContent EOF ;
parenChunk   : parenContent EOF ;
bracketChunk : bracketContent EOF ;
braceChunk   : braceContent EOF ;

items   : item (',' item)* ','? ;

/**
 * Usually one term; `name: value`, `Item = T`, `T: Trait` and Debug oddities (`2:16273 ~ core::x`) are
 * terms joined by operators. Two terms never touch: that keeps every decision a short lookahead
 * (`Foo<A>` can only be a generic path, never `Foo` followed by `<A>`).
 */
item    : op* unit (op+ unit)* op* ;

unit    : term
        | keyword
        ;

/** Operators between terms. `::`, `+`, `->`, `;`, `@` are left out: they belong to paths, bounds, fn
 *  types, arrays and closures, and sharing them would make those decisions ambiguous. */
op      : ':' | '~' | '=' | '/' | '\\' | '#' | '-' | '|' | '%' | '.' | '..' | '?' | '=>' | '^' | '*' | 'is' | OTHER ;

term    : '&' (LIFETIME | REGION callArgs?)? 'mut'? term              # refType
        | '*' ('const' | 'mut') term                                  # ptrType
        | fnPrefix 'fn' '(' parenContent ')' ('->' (term | '!' fnItemName) | fnItemName)? # fnType
        | 'dyn' bounds                                                # dynType
        | 'impl' bounds                                               # implType
        | forBinder term                                              # forType
        | '(' parenContent ')'                                        # tupleType
        | '[' bracketContent ']'                                      # bracketType
        | '<' angleContent '>' ('::' segment?)*                       # qualifiedType
        | '::'? path                                                  # pathType
        | '!'                                                         # neverType
        | ('...' | '\u2026')                                          # elidedType
        | '..'                                                        # restType
        | (LIFETIME | NUMBER | STRING | CHAR)                         # literalType
        | REGION callArgs?                                            # regionType
        ;

fnPrefix   : 'unsafe'? ('extern' STRING?)? ;
/** `fn() {foo}`. With a return type, `fn() -> T {foo}` reaches us as a struct body on T's path
 *  (TreeBuilder moves it back): a brace right after a term would make every `Name {` ambiguous. */
fnItemName : '{' braceContent '}' ;
forBinder  : 'for' '<' angleContent '>' ;

bounds  : bound ('+' bound)* ;
bound   : '?'? term ('=' term)? ;

path    : firstSegment ('::' segment?)* ;

firstSegment
        : name '!'? disambiguator? genericArgs? (callArgs ('->' term)? | structBody)?   # namedSegment
        | '{' braceContent '}' disambiguator?                                     # braceSegment
        ;

segment : (name | keyword | NUMBER | LIFETIME) disambiguator? genericArgs? (callArgs ('->' term)? | structBody)?   # namedTail
        | '{' braceContent '}' disambiguator?                                     # braceTail
        | '<' angleContent '>'                                                    # turbofishTail
        | 'impl' bounds                                                           # implTail
        ;

/** Identifiers, and the two words that are keywords only inside pattern types and async bodies. */
name    : IDENT | 'is' | 'of' ;

disambiguator : '[' bracketContent ']' ;
genericArgs   : '<' angleContent '>' ;
callArgs      : '(' parenContent ')' ;
structBody    : '{' braceContent '}' ;

// The content of each kind of bracket pair.

angleContent   : PLACEHOLDER
               | (item (('as' | 'for') term)? (',' item)* ','?)?
               ;

parenContent   : PLACEHOLDER
               | items?
               ;

bracketContent : PLACEHOLDER
               | closureSpan
               | (item (';' item | (',' item)* ','?))?
               ;

braceContent   : PLACEHOLDER
               | closureSpan
               | anyWord (':' anyWord)? '#' NUMBER
               | '{' anyWord '}'
               | items?
               ;

/** `closure@src/x.rs:1:2: 3:4`, `async block@...`, or (old rustc) `closure@some::path::{closure#0}`. */
closureSpan    : anyWord+ ('@' (sourceSpan capture* | term) | 'of' term) ;
sourceSpan     : filePart+ ':' NUMBER ':' NUMBER (':' NUMBER ':' NUMBER)? ;
/** A file path as rustc printed it (odd characters included: a file name is untrusted text too). */
filePart       : anyWord | NUMBER | STRING | OTHER | '/' | '\\' | '.' | '..' | '-' | '~' | '+' | '<' | '>' | '=' | '!' | '%' | '&' ;
capture        : IDENT ':' term ;

anyWord : IDENT | keyword ;
keyword : 'as' | 'dyn' | 'impl' | 'mut' | 'const' | 'fn' | 'unsafe' | 'extern' | 'for' ;

// ----------------------------------------------------------------------------- lexer

AS      : 'as' ;
DYN     : 'dyn' ;
IMPL    : 'impl' ;
MUT     : 'mut' ;
CONST   : 'const' ;
FN      : 'fn' ;
UNSAFE  : 'unsafe' ;
EXTERN  : 'extern' ;
FOR     : 'for' ;
OF      : 'of' ;
IS      : 'is' ;

/** Stands for a bracket group BracketFolder has already parsed (U+E000 never survives input cleaning). */
PLACEHOLDER : '\uE000' [0-9]+ ;

CHAR     : '\'' ( ~['\\\r\n] | '\\' ~[\r\n] [0-9a-fA-F{}]* ) '\'' ;
LIFETIME : '\'' ( [\p{L}_] [\p{L}\p{N}_]* | '{' [a-zA-Z_ ]* '}' | '^' [0-9a-zA-Z_]* ) ( '/'? '#' [0-9]+ )? ;
/** A region as the Debug printer shows it: {@code '^0.Named(DefId(..))}. */
REGION   : '\'' '^' [0-9a-zA-Z_]* '.' [0-9a-zA-Z_.]* ;
STRING   : '"' ( ~["\\] | '\\' . )* '"' ;
NUMBER   : [0-9] [0-9a-zA-Z_]* ;
IDENT    : [\p{L}_$] [\p{L}\p{N}_$]* ;

COLONCOLON : '::' ;
ARROW      : '->' ;
FATARROW   : '=>' ;
ELLIPSIS   : '...' ;
DOTDOT     : '..' ;

LT : '<' ;  GT : '>' ;
LP : '(' ;  RP : ')' ;
LB : '[' ;  RB : ']' ;
LC : '{' ;  RC : '}' ;
COMMA : ',' ;  SEMI : ';' ;  COLON : ':' ;  DOT : '.' ;
AMP : '&' ;  STAR : '*' ;  PLUS : '+' ;  EQ : '=' ;  BANG : '!' ;  QUESTION : '?' ;
HASH : '#' ;  AT : '@' ;  TILDE : '~' ;  SLASH : '/' ;  BACKSLASH : '\\' ;  MINUS : '-' ;
PIPE : '|' ;  PERCENT : '%' ;  CARET : '^' ;  UELLIPSIS : '\u2026' ;

WS    : [ \t\r\n\u000C]+ -> skip ;
OTHER : . ;
