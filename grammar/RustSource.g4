/*
 * Rust source, read as an island grammar: what typeheat needs to know about the code that composes
 * types (items, fn signatures and bodies, `let` statements, method-call chains, calls, closures,
 * async blocks, macro invocations) is parsed; everything else is skipped as balanced token groups.
 *
 * Expressions are read flat (`operand (op operand)*`, no precedence): typeheat needs their extent and
 * the calls, closures and paths inside them, not their meaning. Struct literals are not allowed where
 * Rust does not allow them either (conditions of `if`, `while`, `match` and `for`), which the boolean
 * argument of `expr` says.
 *
 * The parser is run once per top-level item (RustSourceParserDriver splits a file at item
 * boundaries with a bracket scan), so one construct it does not understand costs that item, not the file.
 */
grammar RustSource;

// ----------------------------------------------------------------------------- items

file      : innerAttr* item* EOF ;
oneItem   : item EOF ;
/** The content of a macro invocation, when it is a list of expressions (`vec![a, b]`, `path!("a" / u32)`). */
macroExprs : (expr[false] ((',' | ';' | '=>') expr[false])*)? (',' | ';')? EOF ;

item      : outerAttr* visibility? itemKind ;

itemKind  : fnItem                                                          # fnItemKind
          | 'mod' ident (';' | '{' innerAttr* item* '}')                     # modItem
          | 'unsafe'? 'impl' genericParams? implHeader whereClause? '{' innerAttr* item* '}'  # implItem
          | 'unsafe'? 'auto'? 'trait' ident skipTok* '{' innerAttr* item* '}'  # traitItem
          | ('const' | 'static' 'mut'?) (ident | '_') ':' typeTok+ ('=' expr[false])? ';'  # constItem
          | macroPath '!' ident? (parenGroup ';'? | bracketGroup ';'? | braceGroup)    # macroItem
          | ';'                                                             # emptyItem
          | otherStart skipTok* (';' | braceGroup ';'?)                     # otherItem
          ;

/** The first token of an item typeheat skips: never one that starts an item it reads. */
otherStart : 'struct' | 'enum' | 'union' | 'type' | 'use' | 'extern' ('crate' | STRING)? | 'unsafe' 'extern'
           | ~('fn' | 'mod' | 'impl' | 'trait' | 'const' | 'static' | 'async' | 'unsafe' | 'extern' | 'pub' | 'default'
              | 'safe' | 'auto' | '#' | ';' | '{' | '}' | '(' | ')' | '[' | ']' | IDENT | 'macro_rules' | 'union')
           ;

fnItem    : fnQualifier* 'fn' ident genericParams? parenGroup ('->' returnType)? whereClause? (block | ';') ;
fnQualifier : 'const' | 'async' | 'unsafe' | 'default' | 'safe' | 'extern' STRING? ;
returnType  : typeTok+ ;
whereClause : 'where' typeTok* ;
implHeader  : typeTok+ ;
genericParams : angleGroup ;

visibility : 'pub' parenGroup? ;
outerAttr  : '#' '[' tt* ']' ;
innerAttr  : '#' '!' '[' tt* ']' ;

/** Tokens of a type, a bound list or an impl header: up to a `{`, `;`, `=` or `where` outside brackets. */
typeTok   : angleGroup | parenGroup | bracketGroup
          | ~('{' | '}' | ';' | '=' | 'where' | '<' | '>' | '(' | ')' | '[' | ']')
          ;
/** Tokens an unknown item is made of (up to its `;` or its brace body). */
skipTok   : parenGroup | bracketGroup | ~('{' | '}' | ';' | '(' | ')' | '[' | ']') ;

// ----------------------------------------------------------------------------- statements

/**
 * Statements end with `;`, except block-like ones (`if`, `match`, loops, blocks), which end with their
 * brace; an expression without `;` must be the last one (the tail). Statements are read right-recursively,
 * so after an expression only `;` or `}` can come: the parser never has to read ahead to find where a
 * statement ends, and an expression statement does not start with a block-like expression (as in Rust).
 */
block     : '{' innerAttr* stmts? '}' ;

stmts     : ';' stmts?                                                      # emptyStmt
          | outerAttr* 'let' pattern (':' letType)? ('=' expr[false] ('else' block)?)? ';' stmts?  # letStmt
          | outerAttr* visibility? itemStart stmts?                         # itemStmt
          | outerAttr* blockLike (dotPostfix+ ';'?)? stmts?                 # blockLikeStmt
          | outerAttr* stmtExpr (';' stmts?)?                               # exprStmt
          ;

/** An expression that does not start with a block-like one (a statement's or a match arm's). */
stmtExpr  : prefixOp* plainOperand (binaryOp prefixOp* operand[false])* (binaryOp prefixOp* greedy[false] | trailingRange)?
          | prefixOp* greedy[false]
          ;
plainOperand : plainPrimary[false] callArgs* postfix* ;
/** `match x { .. }.unwrap()`: what may follow a block-like statement and continue it. */
dotPostfix : '?' | '.' 'await' | '.' ident ('::' angleGroup)? args | '.' (ident | INT | FLOAT) ;

blockLike : ifExpr
          | matchExpr
          | loopExpr
          | ('unsafe' | 'const' | 'try')? block
          | LIFETIME ':' (block | loopExpr)
          ;

/** Items inside a body: only those that start with an item keyword (an expression never does). */
itemStart : fnItem
          | 'mod' ident (';' | '{' innerAttr* item* '}')
          | 'unsafe'? 'impl' genericParams? implHeader whereClause? '{' innerAttr* item* '}'
          | 'unsafe'? 'trait' ident skipTok* '{' innerAttr* item* '}'
          | ('static' 'mut'? | 'const') ident ':' typeTok+ ('=' expr[false])? ';'
          | ('struct' | 'enum' | 'union' | 'type' | 'use' | 'extern' 'crate') skipTok* (';' | braceGroup ';'?)
          | 'macro_rules' '!' ident (parenGroup ';'? | bracketGroup ';'? | braceGroup)
          ;

pattern   : patTok+ ;
patTok    : parenGroup | bracketGroup | braceGroup | ~('=' | ';' | ':' | 'in' | '{' | '}' | '(' | ')' | '[' | ']') ;
letType   : typeTok+ ;

// ----------------------------------------------------------------------------- expressions

/**
 * Operands joined by operators, read flat. The bool says: no struct literal at the top level.
 * A closure, `return`, `break` and a bare `..` take everything after them, so they come last: without
 * that, `|x| x + 1` would be two readings of one text, and telling them apart would cost a long look ahead.
 */
expr[boolean ns]
          : prefixOp* operand[$ns] (binaryOp prefixOp* operand[$ns])* (binaryOp prefixOp* (greedy[$ns] | letExpr[$ns]) | trailingRange)?
          | prefixOp* (greedy[$ns] | letExpr[$ns])
          ;

greedy[boolean ns]
          : closure                                                         # closureGreedy
          | ('return' | 'yield' | 'become') expr[$ns]?                      # returnGreedy
          | 'break' LIFETIME? expr[$ns]?                                    # breakGreedy
          | ('..' | '..=') expr[$ns]?                                       # rangeGreedy
          ;
/** `let P = x` inside a condition (`if let`, `while let`, let chains). */
letExpr[boolean ns] : 'let' pattern '=' expr[$ns] ;

trailingRange : '..' ;

prefixOp  : '-' | '!' | '*' | '&' 'mut'? | '&&' 'mut'? ;

binaryOp  : '+' | '-' | '*' | '/' | '%' | '^' | '&' | '|' | '&&' | '||'
          | '<' '<'? | '>' '>'? | '==' | '!=' | '<=' | '>=' | '='
          | '+=' | '-=' | '*=' | '/=' | '%=' | '^=' | '&=' | '|=' | '<' '<=' | '>' '>='
          | '..' | '..='
          ;

/** Calls directly after a primary; in Rust a call after a field (`(x.f)(a)`) needs parentheses, so `.f(a)` is a method call. */
operand[boolean ns] : primary[$ns] callArgs* postfix* ;
callArgs  : args ;

postfix   : '?'                                                             # tryPostfix
          | '.' 'await'                                                     # awaitPostfix
          | '.' ident ('::' angleGroup)? args                               # methodCall
          | '.' (ident | INT | FLOAT)                                       # fieldPostfix
          | '[' expr[false] ']'                                             # indexPostfix
          | 'as' typeAtom                                                   # castPostfix
          ;

args      : '(' (expr[false] (',' expr[false])* ','?)? ')' ;

primary[boolean ns] : blockLike | plainPrimary[$ns] ;

plainPrimary[boolean ns]
          : 'async' 'move'? block                                           # asyncBlock
          | macroPath '!' (parenGroup | bracketGroup | braceGroup)          # macroCall
          | pathExpr ({!$ns}? structBody)?                                  # pathPrimary
          | 'continue' LIFETIME?                                            # continuePrimary
          | '(' (expr[false] (',' expr[false])* ','?)? ')'                  # tuplePrimary
          | '[' (expr[false] (';' expr[false] | (',' expr[false])* ','?))? ']'  # arrayPrimary
          | literal                                                         # literalPrimary
          | '_'                                                             # underscorePrimary
          ;

closure   : 'static'? 'async'? 'move'? ('||' | '|' closureParam* '|') ('->' typeAtom block | expr[false]) ;
closureParam : parenGroup | bracketGroup | angleGroup | ~('|' | '(' | ')' | '[' | ']' | '{' | '}' | '<' | '>') ;

/** `if x > 0`, `if let Some(v) = x`, let chains `if let A(a) = x && a > 0` (`let` is a greedy operand). */
ifExpr    : 'if' expr[true] block ('else' (ifExpr | block))? ;
loopExpr  : 'loop' block
          | 'while' expr[true] block
          | 'for' pattern 'in' expr[true] block
          ;
/** Arms end with `,` unless their body is block-like; the last one may end at the brace. */
matchExpr : 'match' expr[true] '{' innerAttr* arms? '}' ;
arms      : outerAttr* armPattern ('if' expr[false])? '=>' (blockLike ','? arms? | stmtExpr (',' arms?)?) ;
armPattern : armTok+ ;
armTok    : parenGroup | bracketGroup | braceGroup | ~('=>' | 'if' | '{' | '}' | '(' | ')' | '[' | ']') ;

structBody : '{' (structField (',' structField)* ','?)? ('..' expr[false]?)? '}' ;
structField : outerAttr* (ident | INT) (':' expr[false])? ;

pathExpr  : qualifiedStart? '::'? pathSegment ('::' (pathSegment | angleGroup))* ;
qualifiedStart : angleGroup '::' ;
pathSegment : ident | 'self' | 'Self' | 'super' | 'crate' ;
macroPath : '::'? ident ('::' ident)* ;

literal   : INT | FLOAT | STRING | RAW_STRING | CHAR | 'true' | 'false' ;

/** A type after `as`: no `+`, so `x as u8 + 1` stays an addition. */
typeAtom  : '&' LIFETIME? 'mut'? typeAtom
          | '*' ('const' | 'mut') typeAtom
          | parenGroup
          | bracketGroup
          | ('dyn' | 'impl') typeAtom
          | 'fn' parenGroup ('->' typeAtom)?
          | '_' | '!'
          | qualifiedStart? '::'? ident ('::'? angleGroup | '::' ident)* parenGroup? ('->' typeAtom)?
          ;

ident     : IDENT | 'union' | 'auto' | 'default' | 'safe' | 'macro_rules' | 'raw' ;

// ----------------------------------------------------------------------------- token groups

tt           : parenGroup | bracketGroup | braceGroup | ~('(' | ')' | '[' | ']' | '{' | '}') ;
parenGroup   : '(' tt* ')' ;
bracketGroup : '[' tt* ']' ;
braceGroup   : '{' tt* '}' ;
/** `<...>` in types and generics; `->` and `=>` are their own tokens, so they never close one. */
angleGroup   : '<' (angleGroup | parenGroup | bracketGroup | braceGroup | ~('<' | '>' | '(' | ')' | '[' | ']' | '{' | '}' | ';'))* '>' ;

// ----------------------------------------------------------------------------- lexer

AS : 'as' ; ASYNC : 'async' ; AWAIT : 'await' ; BECOME : 'become' ; BOX : 'box' ; BREAK : 'break' ;
CONST : 'const' ; CONTINUE : 'continue' ; CRATE : 'crate' ; DYN : 'dyn' ; ELSE : 'else' ; ENUM : 'enum' ;
EXTERN : 'extern' ; FALSE : 'false' ; FN : 'fn' ; FOR : 'for' ; IF : 'if' ; IMPL : 'impl' ; IN : 'in' ;
LET : 'let' ; LOOP : 'loop' ; MATCH : 'match' ; MOD : 'mod' ; MOVE : 'move' ; MUT : 'mut' ; PUB : 'pub' ;
RETURN : 'return' ; SELF_LOWER : 'self' ; SELF_UPPER : 'Self' ; STATIC : 'static' ; STRUCT : 'struct' ;
SUPER : 'super' ; TRAIT : 'trait' ; TRUE : 'true' ; TRY : 'try' ; TYPE : 'type' ; UNSAFE : 'unsafe' ;
USE : 'use' ; WHERE : 'where' ; WHILE : 'while' ; YIELD : 'yield' ;
// Contextual keywords: identifiers everywhere else (see `ident`).
UNION : 'union' ; AUTO : 'auto' ; DEFAULT : 'default' ; SAFE : 'safe' ; MACRO_RULES : 'macro_rules' ; RAW : 'raw' ;
UNDERSCORE : '_' ;

IDENT     : 'r#'? [\p{XID_Start}_] [\p{XID_Continue}]* ;
LIFETIME  : '\'' [\p{XID_Start}_] [\p{XID_Continue}]* ;
CHAR      : 'b'? '\'' ( ~['\\\r\n] | '\\' ( 'u{' [0-9a-fA-F_]+ '}' | 'x' [0-9a-fA-F] [0-9a-fA-F] | ~[\r\n] ) ) '\'' ;
STRING    : [bc]? '"' ( ~["\\] | '\\' . )* '"' IDENT? ;
// Raw strings with up to four hashes; a longer fence is not seen in real code.
RAW_STRING : [bc]? 'r' ( '"' .*? '"' | '#"' .*? '"#' | '##"' .*? '"##' | '###"' .*? '"###' | '####"' .*? '"####' ) IDENT? ;
FLOAT     : DEC '.' DEC EXP? IDENT? | DEC EXP IDENT? | DEC '.' { _input.LA(1) != '.' && !Character.isJavaIdentifierStart(_input.LA(1)) }? ;
INT       : ( DEC | '0x' [0-9a-fA-F_]+ | '0o' [0-7_]+ | '0b' [01_]+ ) IDENT? ;
fragment DEC : [0-9] [0-9_]* ;
fragment EXP : [eE] [+-]? [0-9_]+ ;

COLONCOLON : '::' ; ARROW : '->' ; FATARROW : '=>' ; DOTDOTEQ : '..=' ; DOTDOTDOT : '...' ; DOTDOT : '..' ;
ANDAND : '&&' ; OROR : '||' ; EQEQ : '==' ; NE : '!=' ; LE : '<=' ; GE : '>=' ;
PLUSEQ : '+=' ; MINUSEQ : '-=' ; STAREQ : '*=' ; SLASHEQ : '/=' ; PERCENTEQ : '%=' ; CARETEQ : '^=' ;
ANDEQ : '&=' ; OREQ : '|=' ;
LT : '<' ; GT : '>' ; LP : '(' ; RP : ')' ; LB : '[' ; RB : ']' ; LC : '{' ; RC : '}' ;
COMMA : ',' ; SEMI : ';' ; COLON : ':' ; DOT : '.' ; AMP : '&' ; STAR : '*' ; PLUS : '+' ; MINUS : '-' ;
SLASH : '/' ; PERCENT : '%' ; CARET : '^' ; BANG : '!' ; PIPE : '|' ; EQ : '=' ; QUESTION : '?' ;
HASH : '#' ; AT : '@' ; DOLLAR : '$' ; TILDE : '~' ;

LINE_COMMENT  : '//' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' ( BLOCK_COMMENT | . )*? '*/' -> skip ;
WS            : [ \t\r\n\u000B\u000C\u0085\u200E\u200F\u2028\u2029]+ -> skip ;
OTHER         : . ;
