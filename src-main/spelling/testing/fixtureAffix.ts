/**
 * A small hand-written hunspell dictionary in the style of id_ID (FLAG long, CIRCUMFIX,
 * NEEDAFFIX, conditions with strip, twofold suffixes) plus a few en-style flags, for the reader
 * and expander tests.
 */
export const fixtureAff = `# test affix file
SET UTF-8
TRY aeiounkgmrstl
FLAG long
CIRCUMFIX A1
NEEDAFFIX A2
FORBIDDENWORD F!
KEEPCASE KC
NOSUGGEST NS
REP 2
REP f p
REP ph f
MAP 1
MAP eé
KEY qwertyuiop|asdfghjkl|zxcvbnm

PFX M0 Y 3	# meN-
PFX M0 0 mem [b]
PFX M0 p mem p[^lr]
PFX M0 0 meng [aeiou]

PFX D1 Y 1	# di- (circumfix half)
PFX D1 0 di/A1 .

SFX Dk Y 1	# -kan (di-kan) + lah
SFX Dk 0 kan/D1l0A1 .

SFX l0 Y 2	# -lah -kah
SFX l0 0 lah .
SFX l0 0 kah

SFX yy N 2	# -ied like en
SFX yy y ied [^aeiou]y
SFX yy 0 ed [aeiou]y

PFX NC N 1	# a prefix that does not cross with suffixes
PFX NC 0 un .
`;

export const fixtureDic = `9
pukul/M0
baca/M0
ambil/M0Dk
tulis/Dk
cry/yy
play/yyNC
rahasia/A2Dk
Jakarta
badword/NS
iPhone/KC
tidakbenar/F!
`;
