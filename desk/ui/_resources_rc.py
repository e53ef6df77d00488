# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x08x\
/\
*\x0a * Quote Desk \
stylesheet. Only\
 spacing, border\
s and emphasis l\
ive here; every \
colour comes fro\
m\x0a * palette(...\
) so that the sy\
stem's light and\
 dark palettes b\
oth stay readabl\
e.\x0a */\x0a\x0aQMainWin\
dow::separator {\
\x0a    width: 1px;\
\x0a    height: 1px\
;\x0a}\x0a\x0aQToolBar#ma\
inToolBar {\x0a    \
border: none;\x0a  \
  border-bottom:\
 1px solid palet\
te(mid);\x0a    pad\
ding: 3px 6px;\x0a \
   spacing: 4px;\
\x0a}\x0a\x0aQToolBar#mai\
nToolBar QToolBu\
tton {\x0a    paddi\
ng: 3px 8px;\x0a   \
 border-radius: \
4px;\x0a}\x0a\x0aQToolBar\
#mainToolBar QTo\
olButton:hover {\
\x0a    background:\
 palette(midligh\
t);\x0a}\x0a\x0aQSplitter\
#mainSplitter::h\
andle {\x0a    back\
ground: palette(\
mid);\x0a}\x0a\x0aQWidget\
#libraryPanel {\x0a\
    background: \
palette(window);\
\x0a}\x0a\x0aQLineEdit#li\
braryFilter {\x0a  \
  padding: 5px 6\
px;\x0a    border: \
1px solid palett\
e(mid);\x0a    bord\
er-radius: 5px;\x0a\
    background: \
palette(base);\x0a}\
\x0a\x0aQLineEdit#libr\
aryFilter:focus \
{\x0a    border-col\
or: palette(high\
light);\x0a}\x0a\x0aQTabl\
eView#libraryTab\
le {\x0a    border:\
 1px solid palet\
te(mid);\x0a    bor\
der-radius: 3px;\
\x0a    background:\
 palette(base);\x0a\
}\x0a\x0aQLabel#librar\
yCount {\x0a    col\
or: palette(plac\
eholder-text);\x0a \
   padding: 0 2p\
x;\x0a}\x0a\x0aQTextBrows\
er#articleView {\
\x0a    border: non\
e;\x0a    backgroun\
d: palette(base)\
;\x0a}\x0a\x0aQStatusBar \
{\x0a    border-top\
: 1px solid pale\
tte(mid);\x0a}\x0a\x0aQSt\
atusBar QLabel {\
\x0a    padding: 0 \
6px;\x0a}\x0a\x0aQLabel#s\
tatusDatabase {\x0a\
    color: palet\
te(placeholder-t\
ext);\x0a}\x0a\x0aQLabel#\
dialogHint,\x0aQLab\
el#dialogError {\
\x0a    padding: 2p\
x 0;\x0a}\x0a\x0aQWidget#\
columnHeader {\x0a \
   background: p\
alette(window);\x0a\
    border-botto\
m: 2px solid pal\
ette(mid);\x0a}\x0a\x0aQW\
idget#columnHead\
er[active=\x22true\x22\
] {\x0a    border-b\
ottom: 2px solid\
 palette(highlig\
ht);\x0a}\x0a\x0aQWidget#\
columnHeader[act\
ive=\x22true\x22] QLab\
el#columnTitle {\
\x0a    font-weight\
: bold;\x0a}\x0a\x0aQLabe\
l#columnDropZone\
 {\x0a    color: pa\
lette(placeholde\
r-text);\x0a    bac\
kground: palette\
(window);\x0a    bo\
rder-left: 1px s\
olid palette(mid\
);\x0a}\x0a\x0aQWidget#st\
atusLegend {\x0a   \
 background: pal\
ette(window);\x0a  \
  border-top: 1p\
x solid palette(\
mid);\x0a}\x0a\x0aQLabel#\
editorHeading {\x0a\
    font-weight:\
 bold;\x0a    paddi\
ng-top: 4px;\x0a}\x0a\x0a\
QLabel#quoteCoun\
t {\x0a    color: p\
alette(placehold\
er-text);\x0a    pa\
dding: 0 2px;\x0a}\x0a\
\x0aQTableView#quot\
eTable,\x0aQTableVi\
ew#quoteHistory \
{\x0a    border: 1p\
x solid palette(\
mid);\x0a    backgr\
ound: palette(ba\
se);\x0a}\x0a\
\x00\x00\x01\xdc\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Statu\
s verified: a ti\
ck in a filled c\
ircle. Drawn in \
currentColor, ti\
nted at run time\
. -->\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 wi\
dth=\x2224\x22 height=\
\x2224\x22 viewBox=\x220 \
0 24 24\x22\x0a     fi\
ll=\x22none\x22 stroke\
=\x22currentColor\x22 \
stroke-width=\x221.\
9\x22 stroke-lineca\
p=\x22round\x22\x0a     s\
troke-linejoin=\x22\
round\x22>\x0a  <circl\
e cx=\x2212\x22 cy=\x2212\
\x22 r=\x229.5\x22 fill=\x22\
currentColor\x22 st\
roke=\x22none\x22/>\x0a  \
<path d=\x22M7.5 12\
.5l3 3 6-6.5\x22 st\
roke=\x22#ffffff\x22 s\
troke-width=\x222.4\
\x22/>\x0a</svg>\x0a\
\x00\x00\x01\x8b\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Undo:\
 an arrow turnin\
g back. Drawn in\
 currentColor, t\
inted at run tim\
e. -->\x0a<svg xmln\
s=\x22http://www.w3\
.org/2000/svg\x22 w\
idth=\x2224\x22 height\
=\x2224\x22 viewBox=\x220\
 0 24 24\x22\x0a     f\
ill=\x22none\x22 strok\
e=\x22currentColor\x22\
 stroke-width=\x221\
.9\x22 stroke-linec\
ap=\x22round\x22\x0a     \
stroke-linejoin=\
\x22round\x22>\x0a  <path\
 d=\x22M9 14L4 9l5-\
5\x22/>\x0a  <path d=\x22\
M4 9h10.5a5.5 5.\
5 0 0 1 0 11H11\x22\
/>\x0a</svg>\x0a\
\x00\x00\x02|\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Statu\
s misattributed:\
 a person with a\
 wrong-way arrow\
. Drawn in curre\
ntColor, tinted \
at run time. -->\
\x0a<svg xmlns=\x22htt\
p://www.w3.org/2\
000/svg\x22 width=\x22\
24\x22 height=\x2224\x22 \
viewBox=\x220 0 24 \
24\x22\x0a     fill=\x22n\
one\x22 stroke=\x22cur\
rentColor\x22 strok\
e-width=\x221.9\x22 st\
roke-linecap=\x22ro\
und\x22\x0a     stroke\
-linejoin=\x22round\
\x22>\x0a  <circle cx=\
\x2212\x22 cy=\x2212\x22 r=\x22\
9.5\x22 fill=\x22curre\
ntColor\x22 stroke=\
\x22none\x22/>\x0a  <circ\
le cx=\x2212\x22 cy=\x229\
\x22 r=\x222.6\x22 stroke\
=\x22#ffffff\x22 strok\
e-width=\x222\x22/>\x0a  \
<path d=\x22M7 17.5\
c.8-2.6 2.7-3.8 \
5-3.8s4.2 1.2 5 \
3.8\x22 stroke=\x22#ff\
ffff\x22 stroke-wid\
th=\x222\x22/>\x0a  <path\
 d=\x22M5 5l14 14\x22 \
stroke=\x22#ffffff\x22\
 stroke-width=\x222\
\x22/>\x0a</svg>\x0a\
\x00\x00\x03\x95\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Quote\
 Desk applicatio\
n icon: a speech\
 bubble holding \
a quotation mark\
, checked. -->\x0a<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a  <path d=\x22M1\
2 6h40a8 8 0 0 1\
 8 8v26a8 8 0 0 \
1-8 8H26l-12 10v\
-10h-2a8 8 0 0 1\
-8-8V14a8 8 0 0 \
1 8-8z\x22\x0a        \
fill=\x22#2d5f9a\x22/>\
\x0a  <path d=\x22M12 \
6h40a8 8 0 0 1 8\
 8v4H4v-4a8 8 0 \
0 1 8-8z\x22 fill=\x22\
#3a73b5\x22/>\x0a  <g \
fill=\x22#ffffff\x22>\x0a\
    <circle cx=\x22\
21\x22 cy=\x2229\x22 r=\x225\
.5\x22/>\x0a    <path \
d=\x22M15.6 28.4c0.\
2-6.6 3.4-10.6 9\
-12.4l1 2.4c-3.6\
 1.6-5.4 4.2-5.6\
 8.2z\x22/>\x0a    <ci\
rcle cx=\x2237\x22 cy=\
\x2229\x22 r=\x225.5\x22/>\x0a \
   <path d=\x22M31.\
6 28.4c0.2-6.6 3\
.4-10.6 9-12.4l1\
 2.4c-3.6 1.6-5.\
4 4.2-5.6 8.2z\x22/\
>\x0a  </g>\x0a  <circ\
le cx=\x2248\x22 cy=\x224\
6\x22 r=\x2213\x22 fill=\x22\
#2f9e5b\x22 stroke=\
\x22#ffffff\x22 stroke\
-width=\x223\x22/>\x0a  <\
path d=\x22M41.5 46\
.5l4.5 4.5 8.5-9\
.5\x22 fill=\x22none\x22 \
stroke=\x22#ffffff\x22\
 stroke-width=\x223\
.6\x22\x0a        stro\
ke-linecap=\x22roun\
d\x22 stroke-linejo\
in=\x22round\x22/>\x0a</s\
vg>\x0a\
\x00\x00\x01\xcb\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Open \
in a new column:\
 two columns and\
 a plus. Drawn i\
n currentColor, \
tinted at run ti\
me. -->\x0a<svg xml\
ns=\x22http://www.w\
3.org/2000/svg\x22 \
width=\x2224\x22 heigh\
t=\x2224\x22 viewBox=\x22\
0 0 24 24\x22\x0a     \
fill=\x22none\x22 stro\
ke=\x22currentColor\
\x22 stroke-width=\x22\
1.9\x22 stroke-line\
cap=\x22round\x22\x0a    \
 stroke-linejoin\
=\x22round\x22>\x0a  <rec\
t x=\x223\x22 y=\x224\x22 wi\
dth=\x227\x22 height=\x22\
16\x22 rx=\x221.5\x22/>\x0a \
 <path d=\x22M14 4h\
5.5a1.5 1.5 0 0 \
1 1.5 1.5v4M17.5\
 14v7M14 17.5h7\x22\
/>\x0a</svg>\x0a\
\x00\x00\x01\xbc\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Statu\
s unverifiable: \
a dashed circle \
with a dash. Dra\
wn in currentCol\
or, tinted at ru\
n time. -->\x0a<svg\
 xmlns=\x22http://w\
ww.w3.org/2000/s\
vg\x22 width=\x2224\x22 h\
eight=\x2224\x22 viewB\
ox=\x220 0 24 24\x22\x0a \
    fill=\x22none\x22 \
stroke=\x22currentC\
olor\x22 stroke-wid\
th=\x221.9\x22 stroke-\
linecap=\x22round\x22\x0a\
     stroke-line\
join=\x22round\x22>\x0a  \
<circle cx=\x2212\x22 \
cy=\x2212\x22 r=\x228.5\x22 \
stroke-dasharray\
=\x223 2.6\x22/>\x0a  <pa\
th d=\x22M8 12h8\x22 s\
troke-width=\x222.4\
\x22/>\x0a</svg>\x0a\
\x00\x00\x01\x8f\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Redo:\
 an arrow turnin\
g forward. Drawn\
 in currentColor\
, tinted at run \
time. -->\x0a<svg x\
mlns=\x22http://www\
.w3.org/2000/svg\
\x22 width=\x2224\x22 hei\
ght=\x2224\x22 viewBox\
=\x220 0 24 24\x22\x0a   \
  fill=\x22none\x22 st\
roke=\x22currentCol\
or\x22 stroke-width\
=\x221.9\x22 stroke-li\
necap=\x22round\x22\x0a  \
   stroke-linejo\
in=\x22round\x22>\x0a  <p\
ath d=\x22M15 14l5-\
5-5-5\x22/>\x0a  <path\
 d=\x22M20 9H9.5a5.\
5 5.5 0 0 0 0 11\
H13\x22/>\x0a</svg>\x0a\
\x00\x00\x01\xde\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Statu\
s misquoted: a c\
ross in a circle\
. Drawn in curre\
ntColor, tinted \
at run time. -->\
\x0a<svg xmlns=\x22htt\
p://www.w3.org/2\
000/svg\x22 width=\x22\
24\x22 height=\x2224\x22 \
viewBox=\x220 0 24 \
24\x22\x0a     fill=\x22n\
one\x22 stroke=\x22cur\
rentColor\x22 strok\
e-width=\x221.9\x22 st\
roke-linecap=\x22ro\
und\x22\x0a     stroke\
-linejoin=\x22round\
\x22>\x0a  <circle cx=\
\x2212\x22 cy=\x2212\x22 r=\x22\
9.5\x22 fill=\x22curre\
ntColor\x22 stroke=\
\x22none\x22/>\x0a  <path\
 d=\x22M8.5 8.5l7 7\
M15.5 8.5l-7 7\x22 \
stroke=\x22#ffffff\x22\
 stroke-width=\x222\
.4\x22/>\x0a</svg>\x0a\
\x00\x00\x02Z\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Match\
ing flag: a warn\
ing triangle wit\
h an exclamation\
 mark. Drawn in \
currentColor. --\
>\x0a<svg xmlns=\x22ht\
tp://www.w3.org/\
2000/svg\x22 width=\
\x2224\x22 height=\x2224\x22\
 viewBox=\x220 0 24\
 24\x22\x0a     fill=\x22\
none\x22 stroke=\x22cu\
rrentColor\x22 stro\
ke-width=\x221.9\x22 s\
troke-linecap=\x22r\
ound\x22\x0a     strok\
e-linejoin=\x22roun\
d\x22>\x0a  <path d=\x22M\
10.3 3.6 1.9 18.\
2A2 2 0 0 0 3.6 \
21h16.8a2 2 0 0 \
0 1.7-2.8L13.7 3\
.6a2 2 0 0 0-3.4\
 0z\x22\x0a        fil\
l=\x22currentColor\x22\
 stroke=\x22none\x22/>\
\x0a  <path d=\x22M12 \
8.5v5.5\x22 stroke=\
\x22#ffffff\x22 stroke\
-width=\x222.3\x22/>\x0a \
 <circle cx=\x2212\x22\
 cy=\x2217.4\x22 r=\x221.\
3\x22 fill=\x22#ffffff\
\x22 stroke=\x22none\x22/\
>\x0a</svg>\x0a\
\x00\x00\x02@\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Statu\
s disputed: a qu\
estion mark in a\
 circle. Drawn i\
n currentColor, \
tinted at run ti\
me. -->\x0a<svg xml\
ns=\x22http://www.w\
3.org/2000/svg\x22 \
width=\x2224\x22 heigh\
t=\x2224\x22 viewBox=\x22\
0 0 24 24\x22\x0a     \
fill=\x22none\x22 stro\
ke=\x22currentColor\
\x22 stroke-width=\x22\
1.9\x22 stroke-line\
cap=\x22round\x22\x0a    \
 stroke-linejoin\
=\x22round\x22>\x0a  <cir\
cle cx=\x2212\x22 cy=\x22\
12\x22 r=\x229.5\x22 fill\
=\x22currentColor\x22 \
stroke=\x22none\x22/>\x0a\
  <path d=\x22M9.4 \
9.6a2.7 2.7 0 1 \
1 3.6 2.5c-.7.3-\
1 .8-1 1.5v.6\x22 s\
troke=\x22#ffffff\x22 \
stroke-width=\x222.\
2\x22/>\x0a  <circle c\
x=\x2212\x22 cy=\x2217.2\x22\
 r=\x221.3\x22 fill=\x22#\
ffffff\x22 stroke=\x22\
none\x22/>\x0a</svg>\x0a\
\x00\x00\x01\xd1\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Impor\
t a folder. Draw\
n in currentColo\
r, tinted at run\
 time. -->\x0a<svg \
xmlns=\x22http://ww\
w.w3.org/2000/sv\
g\x22 width=\x2224\x22 he\
ight=\x2224\x22 viewBo\
x=\x220 0 24 24\x22\x0a  \
   fill=\x22none\x22 s\
troke=\x22currentCo\
lor\x22 stroke-widt\
h=\x221.8\x22 stroke-l\
inecap=\x22round\x22\x0a \
    stroke-linej\
oin=\x22round\x22>\x0a  <\
path d=\x22M3 7a2 2\
 0 0 1 2-2h4l2 2\
.5h8a2 2 0 0 1 2\
 2V17a2 2 0 0 1-\
2 2H5a2 2 0 0 1-\
2-2z\x22/>\x0a  <path \
d=\x22M12 10.5v5.5\x22\
/>\x0a  <path d=\x22M9\
.5 13.5 12 16l2.\
5-2.5\x22/>\x0a</svg>\x0a\
\
\x00\x00\x01\xa4\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Setti\
ngs: sliders. Dr\
awn in currentCo\
lor, tinted at r\
un time. -->\x0a<sv\
g xmlns=\x22http://\
www.w3.org/2000/\
svg\x22 width=\x2224\x22 \
height=\x2224\x22 view\
Box=\x220 0 24 24\x22\x0a\
     fill=\x22none\x22\
 stroke=\x22current\
Color\x22 stroke-wi\
dth=\x221.9\x22 stroke\
-linecap=\x22round\x22\
\x0a     stroke-lin\
ejoin=\x22round\x22>\x0a \
 <path d=\x22M4 7h9\
M17 7h3M4 17h3M1\
1 17h9\x22/>\x0a  <cir\
cle cx=\x2215\x22 cy=\x22\
7\x22 r=\x222\x22/>\x0a  <ci\
rcle cx=\x229\x22 cy=\x22\
17\x22 r=\x222\x22/>\x0a</sv\
g>\x0a\
\x00\x00\x01\x8b\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Edit \
details: a penci\
l. Drawn in curr\
entColor, tinted\
 at run time. --\
>\x0a<svg xmlns=\x22ht\
tp://www.w3.org/\
2000/svg\x22 width=\
\x2224\x22 height=\x2224\x22\
 viewBox=\x220 0 24\
 24\x22\x0a     fill=\x22\
none\x22 stroke=\x22cu\
rrentColor\x22 stro\
ke-width=\x221.8\x22 s\
troke-linecap=\x22r\
ound\x22\x0a     strok\
e-linejoin=\x22roun\
d\x22>\x0a  <path d=\x22M\
4 20h4L19 9a2.8 \
2.8 0 0 0-4-4L4 \
16z\x22/>\x0a  <path d\
=\x22M13.5 6.5l4 4\x22\
/>\x0a</svg>\x0a\
\x00\x00\x01\xfc\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Paste\
 an article: a c\
lipboard with li\
nes of text. Dra\
wn in currentCol\
or. -->\x0a<svg xml\
ns=\x22http://www.w\
3.org/2000/svg\x22 \
width=\x2224\x22 heigh\
t=\x2224\x22 viewBox=\x22\
0 0 24 24\x22\x0a     \
fill=\x22none\x22 stro\
ke=\x22currentColor\
\x22 stroke-width=\x22\
1.8\x22 stroke-line\
cap=\x22round\x22\x0a    \
 stroke-linejoin\
=\x22round\x22>\x0a  <pat\
h d=\x22M9 4H7a2 2 \
0 0 0-2 2v13a2 2\
 0 0 0 2 2h10a2 \
2 0 0 0 2-2V6a2 \
2 0 0 0-2-2h-2\x22/\
>\x0a  <rect x=\x229\x22 \
y=\x222.5\x22 width=\x226\
\x22 height=\x223.5\x22 r\
x=\x221\x22/>\x0a  <path \
d=\x22M8.5 11h7M8.5\
 14.5h7M8.5 18h4\
\x22/>\x0a</svg>\x0a\
\x00\x00\x01k\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Statu\
s unchecked: an \
empty circle. Dr\
awn in currentCo\
lor, tinted at r\
un time. -->\x0a<sv\
g xmlns=\x22http://\
www.w3.org/2000/\
svg\x22 width=\x2224\x22 \
height=\x2224\x22 view\
Box=\x220 0 24 24\x22\x0a\
     fill=\x22none\x22\
 stroke=\x22current\
Color\x22 stroke-wi\
dth=\x221.9\x22 stroke\
-linecap=\x22round\x22\
\x0a     stroke-lin\
ejoin=\x22round\x22>\x0a \
 <circle cx=\x2212\x22\
 cy=\x2212\x22 r=\x228.5\x22\
/>\x0a</svg>\x0a\
\x00\x00\x01\xbc\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Impor\
t files: an arro\
w into a tray. D\
rawn in currentC\
olor, tinted at \
run time. -->\x0a<s\
vg xmlns=\x22http:/\
/www.w3.org/2000\
/svg\x22 width=\x2224\x22\
 height=\x2224\x22 vie\
wBox=\x220 0 24 24\x22\
\x0a     fill=\x22none\
\x22 stroke=\x22curren\
tColor\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22\x0a     stroke-li\
nejoin=\x22round\x22>\x0a\
  <path d=\x22M12 3\
v11\x22/>\x0a  <path d\
=\x22M7.5 9.5 12 14\
l4.5-4.5\x22/>\x0a  <p\
ath d=\x22M4 14v4a2\
 2 0 0 0 2 2h12a\
2 2 0 0 0 2-2v-4\
\x22/>\x0a</svg>\x0a\
\x00\x00\x01\xcd\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Mark \
a quote: a quota\
tion mark with a\
 plus. Drawn in \
currentColor, ti\
nted at run time\
. -->\x0a<svg xmlns\
=\x22http://www.w3.\
org/2000/svg\x22 wi\
dth=\x2224\x22 height=\
\x2224\x22 viewBox=\x220 \
0 24 24\x22\x0a     fi\
ll=\x22none\x22 stroke\
=\x22currentColor\x22 \
stroke-width=\x221.\
9\x22 stroke-lineca\
p=\x22round\x22\x0a     s\
troke-linejoin=\x22\
round\x22>\x0a  <path \
d=\x22M4 13c0-4 1.5\
-6.5 4.5-7.5M4 1\
3h4v5H4zM11 13c0\
-4 1.5-6.5 4.5-7\
.5M11 13h4v5h-4z\
\x22/>\x0a  <path d=\x22M\
19.5 4v6M16.5 7h\
6\x22/>\x0a</svg>\x0a\
\x00\x00\x01\x9b\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Next \
unchecked quote:\
 an arrow down t\
o a circle. Draw\
n in currentColo\
r, tinted at run\
 time. -->\x0a<svg \
xmlns=\x22http://ww\
w.w3.org/2000/sv\
g\x22 width=\x2224\x22 he\
ight=\x2224\x22 viewBo\
x=\x220 0 24 24\x22\x0a  \
   fill=\x22none\x22 s\
troke=\x22currentCo\
lor\x22 stroke-widt\
h=\x221.9\x22 stroke-l\
inecap=\x22round\x22\x0a \
    stroke-linej\
oin=\x22round\x22>\x0a  <\
path d=\x22M12 3v9M\
8 8.5l4 4 4-4\x22/>\
\x0a  <circle cx=\x221\
2\x22 cy=\x2218\x22 r=\x223\x22\
/>\x0a</svg>\x0a\
\x00\x00\x02\x13\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Impor\
t a primary sour\
ce: a document w\
ith a seal. Draw\
n in currentColo\
r. -->\x0a<svg xmln\
s=\x22http://www.w3\
.org/2000/svg\x22 w\
idth=\x2224\x22 height\
=\x2224\x22 viewBox=\x220\
 0 24 24\x22\x0a     f\
ill=\x22none\x22 strok\
e=\x22currentColor\x22\
 stroke-width=\x221\
.8\x22 stroke-linec\
ap=\x22round\x22\x0a     \
stroke-linejoin=\
\x22round\x22>\x0a  <path\
 d=\x22M14 3H6a2 2 \
0 0 0-2 2v14a2 2\
 0 0 0 2 2h6\x22/>\x0a\
  <path d=\x22M14 3\
l5 5h-5z\x22/>\x0a  <p\
ath d=\x22M7.5 9h4M\
7.5 12.5h6M7.5 1\
6h3\x22/>\x0a  <circle\
 cx=\x2217.5\x22 cy=\x221\
7\x22 r=\x223\x22/>\x0a  <pa\
th d=\x22M16 19.8 1\
5.5 22.5l2-1 2 1\
-.5-2.7\x22/>\x0a</svg\
>\x0a\
\x00\x00\x01\xa7\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- A sug\
gested quote: a \
sparkle. Drawn i\
n currentColor, \
tinted at run ti\
me. -->\x0a<svg xml\
ns=\x22http://www.w\
3.org/2000/svg\x22 \
width=\x2224\x22 heigh\
t=\x2224\x22 viewBox=\x22\
0 0 24 24\x22\x0a     \
fill=\x22none\x22 stro\
ke=\x22currentColor\
\x22 stroke-width=\x22\
1.9\x22 stroke-line\
cap=\x22round\x22\x0a    \
 stroke-linejoin\
=\x22round\x22>\x0a  <pat\
h d=\x22M12 3v4M12 \
17v4M3 12h4M17 1\
2h4M6 6l2.5 2.5M\
15.5 15.5L18 18M\
18 6l-2.5 2.5M8.\
5 15.5L6 18\x22/>\x0a<\
/svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x06\
\x07\xac\x02\xc3\
\x00s\
\x00t\x00y\x00l\x00e\x00s\
\x00\x08\
\x0c\x9eU\xe3\
\x00d\
\x00e\x00s\x00k\x00.\x00q\x00s\x00s\
\x00\x13\
\x0c\x8c\xb6\x07\
\x00s\
\x00t\x00a\x00t\x00u\x00s\x00-\x00v\x00e\x00r\x00i\x00f\x00i\x00e\x00d\x00.\x00s\
\x00v\x00g\
\x00\x08\
\x04\xb2UG\
\x00u\
\x00n\x00d\x00o\x00.\x00s\x00v\x00g\
\x00\x18\
\x0b\xa2\xd1\x07\
\x00s\
\x00t\x00a\x00t\x00u\x00s\x00-\x00m\x00i\x00s\x00a\x00t\x00t\x00r\x00i\x00b\x00u\
\x00t\x00e\x00d\x00.\x00s\x00v\x00g\
\x00\x08\
\x0c\x9eW\x87\
\x00d\
\x00e\x00s\x00k\x00.\x00s\x00v\x00g\
\x00\x0e\
\x0b\xdf\xc2'\
\x00c\
\x00o\x00l\x00u\x00m\x00n\x00-\x00a\x00d\x00d\x00.\x00s\x00v\x00g\
\x00\x17\
\x03s\x96\xe7\
\x00s\
\x00t\x00a\x00t\x00u\x00s\x00-\x00u\x00n\x00v\x00e\x00r\x00i\x00f\x00i\x00a\x00b\
\x00l\x00e\x00.\x00s\x00v\x00g\
\x00\x08\
\x0b\xb2U\xc7\
\x00r\
\x00e\x00d\x00o\x00.\x00s\x00v\x00g\
\x00\x14\
\x08\x8d|g\
\x00s\
\x00t\x00a\x00t\x00u\x00s\x00-\x00m\x00i\x00s\x00q\x00u\x00o\x00t\x00e\x00d\x00.\
\x00s\x00v\x00g\
\x00\x08\
\x02zWg\
\x00f\
\x00l\x00a\x00g\x00.\x00s\x00v\x00g\
\x00\x13\
\x07t\xe6\x07\
\x00s\
\x00t\x00a\x00t\x00u\x00s\x00-\x00d\x00i\x00s\x00p\x00u\x00t\x00e\x00d\x00.\x00s\
\x00v\x00g\
\x00\x0a\
\x0a\xc8\xf6\x87\
\x00f\
\x00o\x00l\x00d\x00e\x00r\x00.\x00s\x00v\x00g\
\x00\x0c\
\x0b\xdf,\xc7\
\x00s\
\x00e\x00t\x00t\x00i\x00n\x00g\x00s\x00.\x00s\x00v\x00g\
\x00\x08\
\x0b\x07W\xa7\
\x00e\
\x00d\x00i\x00t\x00.\x00s\x00v\x00g\
\x00\x09\
\x0a\xa8\xb7\xc7\
\x00p\
\x00a\x00s\x00t\x00e\x00.\x00s\x00v\x00g\
\x00\x14\
\x03\x0b\xb9\x07\
\x00s\
\x00t\x00a\x00t\x00u\x00s\x00-\x00u\x00n\x00c\x00h\x00e\x00c\x00k\x00e\x00d\x00.\
\x00s\x00v\x00g\
\x00\x0a\
\x06\x99R'\
\x00i\
\x00m\x00p\x00o\x00r\x00t\x00.\x00s\x00v\x00g\
\x00\x08\
\x08\x8eT\xa7\
\x00m\
\x00a\x00r\x00k\x00.\x00s\x00v\x00g\
\x00\x12\
\x0c\x17P\x87\
\x00n\
\x00e\x00x\x00t\x00-\x00u\x00n\x00c\x00h\x00e\x00c\x00k\x00e\x00d\x00.\x00s\x00v\
\x00g\
\x00\x0a\
\x08\x9b\x17G\
\x00s\
\x00o\x00u\x00r\x00c\x00e\x00.\x00s\x00v\x00g\
\x00\x0d\
\x0f\xcc\xe2g\
\x00s\
\x00u\x00g\x00g\x00e\x00s\x00t\x00e\x00d\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x14\x00\x00\x00\x04\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x01\x00\x00\x00\x03\
\x00\x00\x00\x22\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x01`\x00\x00\x00\x00\x00\x01\x00\x00\x19\x08\
\x00\x00\x02\x08\x00\x00\x00\x00\x00\x01\x00\x00$\xb6\
\x00\x00\x00\xe8\x00\x00\x00\x00\x00\x01\x00\x00\x13\xd3\
\x00\x00\x00d\x00\x00\x00\x00\x00\x01\x00\x00\x0a\x5c\
\x00\x00\x026\x00\x00\x00\x00\x00\x01\x00\x00&%\
\x00\x00\x01v\x00\x00\x00\x00\x00\x01\x00\x00\x1bf\
\x00\x00\x012\x00\x00\x00\x00\x00\x01\x00\x00\x17&\
\x00\x00\x02P\x00\x00\x00\x00\x00\x01\x00\x00'\xe5\
\x00\x00\x02\x90\x00\x00\x00\x00\x00\x01\x00\x00+U\
\x00\x00\x01\xf0\x00\x00\x00\x00\x00\x01\x00\x00\x22\xb6\
\x00\x00\x01\xa2\x00\x00\x00\x00\x00\x01\x00\x00\x1d\xaa\
\x00\x00\x01\xda\x00\x00\x00\x00\x00\x01\x00\x00!'\
\x00\x00\x00z\x00\x00\x00\x00\x00\x01\x00\x00\x0b\xeb\
\x00\x00\x01\x1c\x00\x00\x00\x00\x00\x01\x00\x00\x15\x93\
\x00\x00\x01\xbc\x00\x00\x00\x00\x00\x01\x00\x00\x1f\x7f\
\x00\x00\x00\xc6\x00\x00\x00\x00\x00\x01\x00\x00\x12\x04\
\x00\x00\x02f\x00\x00\x00\x00\x00\x01\x00\x00)\xb6\
\x00\x00\x008\x00\x00\x00\x00\x00\x01\x00\x00\x08|\
\x00\x00\x00\xb0\x00\x00\x00\x00\x00\x01\x00\x00\x0ek\
\x00\x00\x02\xaa\x00\x00\x00\x00\x00\x01\x00\x00-l\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
