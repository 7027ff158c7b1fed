import ThreadKit
