import CNCurses
import Reader
