#!/bin/sh
# Regenerates resources/icons from scratch (needs ImageMagick 6 and the Noto Serif CJK font).
# The outputs are committed; run this only to change the design.
set -eu
cd "$(dirname "$0")/../../resources/icons"
FONT=/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc
convert -size 512x512 xc:none -fill '#C8102E' -draw "roundrectangle 16,16 495,495 96,96" \
  -fill '#F6D57A' -draw "roundrectangle 40,40 471,471 76,76" \
  -fill '#C8102E' -draw "roundrectangle 50,50 461,461 68,68" \
  -font "$FONT" -pointsize 300 -fill '#FFF6D8' -gravity center -annotate +0-6 '评' \
  -depth 8 PNG32:icon.png
convert icon.png -depth 8 -define icon:auto-resize=256,128,64,48,32,16 icon.ico
