# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x05h\
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
x 0;\x0a}\x0a\
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
\x00\x08\
\x0c\x9eW\x87\
\x00d\
\x00e\x00s\x00k\x00.\x00s\x00v\x00g\
\x00\x0a\
\x0a\xc8\xf6\x87\
\x00f\
\x00o\x00l\x00d\x00e\x00r\x00.\x00s\x00v\x00g\
\x00\x08\
\x0b\x07W\xa7\
\x00e\
\x00d\x00i\x00t\x00.\x00s\x00v\x00g\
\x00\x09\
\x0a\xa8\xb7\xc7\
\x00p\
\x00a\x00s\x00t\x00e\x00.\x00s\x00v\x00g\
\x00\x0a\
\x06\x99R'\
\x00i\
\x00m\x00p\x00o\x00r\x00t\x00.\x00s\x00v\x00g\
\x00\x0a\
\x08\x9b\x17G\
\x00s\
\x00o\x00u\x00r\x00c\x00e\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x06\x00\x00\x00\x04\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x01\x00\x00\x00\x03\
\x00\x00\x00\x22\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x96\x00\x00\x00\x00\x00\x01\x00\x00\x0ei\
\x00\x00\x00\xb0\x00\x00\x00\x00\x00\x01\x00\x00\x10)\
\x00\x00\x00~\x00\x00\x00\x00\x00\x01\x00\x00\x0ci\
\x00\x00\x00N\x00\x00\x00\x00\x00\x01\x00\x00\x09\x05\
\x00\x00\x00h\x00\x00\x00\x00\x00\x01\x00\x00\x0a\xda\
\x00\x00\x008\x00\x00\x00\x00\x00\x01\x00\x00\x05l\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
